"""Validation of uploaded images: untrusted bytes, checked by Pillow before they are kept."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def validate_image_upload(upload):
    """Refuse anything that is not a real raster image of sensible size (no SVG, no bombs)."""
    if getattr(upload, "_committed", False):
        # An image already stored was checked on its upload; reading it again on every later
        # save of its article would open the stored file and leave it open.
        return
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


RENDITION_WIDTHS = (480, 960, 1600)
RENDITION_QUALITY = 82


def strip_metadata(field_file):
    """Re-encode a freshly uploaded image without its EXIF block (GPS position, camera serial...).

    Only uncommitted uploads are touched, so saving an article again never re-encodes its image.
    """
    if not field_file or getattr(field_file, "_committed", True):
        return
    upload = field_file.file
    upload.seek(0)
    with Image.open(upload) as image:
        image_format = image.format
        if image_format == "GIF" or not (image.info.get("exif") or image.getexif()):
            upload.seek(0)
            return
        image = ImageOps.exif_transpose(image)
        clean = Image.new(image.mode, image.size)
        clean.paste(image)
    buffer = io.BytesIO()
    clean.save(buffer, format=image_format)
    field_file.file = ContentFile(buffer.getvalue(), name=field_file.name)


def rendition_name(original_name, width):
    stem = original_name.rsplit(".", 1)[0]
    return f"{stem}-{width}w.webp"


def make_renditions(field_file):
    """Write WebP copies narrower than the original next to it; return {width: storage name}.

    Called once when the image changes; pages then build `srcset` from the stored names
    without touching the files or the database.
    """
    if not field_file:
        return {}
    storage = field_file.storage
    renditions = {}
    with field_file.open("rb"), Image.open(field_file) as original:
        original = ImageOps.exif_transpose(original)
        if original.mode not in ("RGB", "RGBA"):
            original = original.convert("RGBA" if "transparency" in original.info else "RGB")
        for width in RENDITION_WIDTHS:
            if width >= original.width:
                break
            height = max(1, round(original.height * width / original.width))
            buffer = io.BytesIO()
            original.resize((width, height), Image.Resampling.LANCZOS).save(
                buffer, format="WEBP", quality=RENDITION_QUALITY
            )
            name = rendition_name(field_file.name, width)
            if storage.exists(name):
                storage.delete(name)
            renditions[str(width)] = storage.save(name, ContentFile(buffer.getvalue()))
    return renditions


def srcset(storage, renditions):
    """The `srcset` attribute value for stored renditions, narrowest first."""
    return ", ".join(
        f"{storage.url(name)} {width}w" for width, name in sorted(renditions.items(), key=lambda i: int(i[0]))
    )
