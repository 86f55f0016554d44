"""Validation of uploaded images: untrusted bytes, checked by Pillow before they are kept."""

from django.core.exceptions import ValidationError
from PIL import Image, UnidentifiedImageError

MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def validate_image_upload(upload):
    """Refuse anything that is not a real raster image of sensible size (no SVG, no bombs)."""
    if upload.size and upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(f"Image trop lourde ({upload.size // 1024} Ko, maximum {MAX_IMAGE_BYTES // 1024} Ko).")
    position = upload.tell() if hasattr(upload, "tell") else None
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            if image.format not in ALLOWED_IMAGE_FORMATS:
                raise ValidationError(f"Format d'image non accepté : {image.format}.")
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ValidationError(f"Image trop grande ({width}×{height} pixels).")
            image.verify()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise ValidationError("Ce fichier n'est pas une image valide.") from error
    finally:
        if position is not None:
            upload.seek(position)
