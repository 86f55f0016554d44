"""Uploaded images: untrusted bytes, checked by Pillow before they are kept, and their renditions.

One check for every upload (covers, authors' photos, the media library): a raster image of a
sensible size, nothing else in the file. Refused with a French reason: SVG (it may hold script),
markup or script anywhere in the bytes, a decompression bomb (dimensions past the limit, read
from the header before any pixel is decoded), and a polyglot (another file after the image's
end, or a zip archive).
"""

import io
import re
import struct
import warnings
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# What a browser or a server would run if the file were served as something else.
_MARKUP = re.compile(rb"<\s*(?:script|svg|html|body|iframe|object|embed|\?php|!doctype)|javascript:", re.IGNORECASE)
_SVG_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml|<svg|<!--)", re.IGNORECASE)


def validate_image_upload(upload):
    """Refuse anything that is not a real raster image of sensible size and nothing more."""
    if getattr(upload, "_committed", False):
        # An image already stored was checked on its upload; reading it again on every later
        # save of its article would open the stored file and leave it open.
        return
    if upload.size and upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(f"Image trop lourde ({upload.size // 1024} Ko, maximum {MAX_IMAGE_BYTES // 1024} Ko).")
    position = upload.tell() if hasattr(upload, "tell") else None
    try:
        upload.seek(0)
        data = upload.read(MAX_IMAGE_BYTES + 1)
    finally:
        if position is not None:
            upload.seek(position)
    check_image_bytes(data)


def check_image_bytes(data):
    """The checks of `validate_image_upload` on the file's bytes."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError(f"Image trop lourde (maximum {MAX_IMAGE_BYTES // 1024} Ko).")
    if _SVG_START.match(data):
        raise ValidationError("Les images SVG ne sont pas acceptées : elles peuvent contenir du code.")
    if _MARKUP.search(data):
        raise ValidationError("Ce fichier contient du code (HTML, SVG ou script) : il est refusé.")
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its own limit and twice it: a bomb all the same.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in ALLOWED_IMAGE_FORMATS:
                    raise ValidationError(f"Format d'image non accepté : {image.format}.")
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise ValidationError(
                        f"Image trop grande ({width}×{height} pixels, au plus {MAX_IMAGE_PIXELS // 1_000_000} "
                        "millions de pixels)."
                    )
                image_format = image.format
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError("Image trop grande une fois décompressée : refusée.") from error
    except (UnidentifiedImageError, OSError, SyntaxError, struct.error) as error:
        raise ValidationError("Ce fichier n'est pas une image valide.") from error
    if _bytes_after_image(data, image_format) or zipfile.is_zipfile(io.BytesIO(data)):
        raise ValidationError("Ce fichier cache autre chose après l'image (fichier polyglotte) : il est refusé.")


def _bytes_after_image(data, image_format):
    """Whether bytes other than zero padding follow the end of the image."""
    end = _image_end(data, image_format)
    return end is None or data[end:].strip(b"\0") != b""


def _image_end(data, image_format):
    """The offset just past the image in `data`, as its format delimits it (None: not found)."""
    if image_format == "PNG":
        offset = 8
        while offset + 12 <= len(data):
            (length,) = struct.unpack(">I", data[offset : offset + 4])
            kind = data[offset + 4 : offset + 8]
            offset += 12 + length
            if kind == b"IEND":
                return offset
        return None
    if image_format == "JPEG":
        end = data.rfind(b"\xff\xd9")
        return None if end < 0 else end + 2
    if image_format == "GIF":
        end = data.rfind(b";")
        return None if end < 0 else end + 1
    if image_format == "WEBP":
        (size,) = struct.unpack("<I", data[4:8])
        return 8 + size + (size & 1)
    return None


RENDITION_WIDTHS = (480, 960, 1600)
RENDITION_QUALITY = 82
RENDITION_FORMATS = {"webp": ("WEBP", "image/webp"), "jpeg": ("JPEG", "image/jpeg")}


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


def image_size(field_file):
    """(width, height) of an image file as shown, its EXIF orientation applied; a stored file is
    closed again, an upload not yet stored is left open for its storage."""
    if getattr(field_file, "_committed", True):
        with field_file.open("rb"):
            return _shown_size(field_file)
    field_file.file.seek(0)
    size = _shown_size(field_file.file)
    field_file.file.seek(0)
    return size


def _shown_size(file):
    with Image.open(file) as image:
        width, height = image.size
        if image.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # turned a quarter
            return height, width
        return width, height


def rendition_name(original_name, width, extension="webp", variant=""):
    stem = original_name.rsplit(".", 1)[0]
    return f"{stem}{variant}-{width}w.{extension}"


def crop_box(size, ratio, focal):
    """The largest box of `ratio` (width / height) inside an image of `size`, centred on the
    focal point (fractions of the width and height) as far as the edges allow. Pure."""
    width, height = size
    if width / height > ratio:
        box_width, box_height = round(height * ratio), height
    else:
        box_width, box_height = width, round(width / ratio)
    left = min(max(0, round(focal[0] * width - box_width / 2)), width - box_width)
    top = min(max(0, round(focal[1] * height - box_height / 2)), height - box_height)
    return left, top, left + box_width, top + box_height


def write_renditions(field_file, *, formats=("webp",), box=None, own_width=False, variant=""):
    """Write copies of the image narrower than it (cut to `box` first, when given) in each of
    `formats`, next to the original; return ({format: {width: storage name}}, (width, height)).

    `own_width` adds a copy at the image's own width when it is no wider than the widest
    rendition, so that even a small image has one. Called once when the image changes; pages
    build `srcset` from the stored names without touching the files or the database.
    """
    storage = field_file.storage
    renditions = {name: {} for name in formats}
    with field_file.open("rb"), Image.open(field_file) as original:
        original = ImageOps.exif_transpose(original)
        if box:
            original = original.crop(box)
        if original.mode not in ("RGB", "RGBA"):
            original = original.convert("RGBA" if "transparency" in original.info else "RGB")
        widths = [width for width in RENDITION_WIDTHS if width < original.width]
        if own_width and original.width <= RENDITION_WIDTHS[-1]:
            widths.append(original.width)
        for width in widths:
            height = max(1, round(original.height * width / original.width))
            resized = original.resize((width, height), Image.Resampling.LANCZOS)
            for name in formats:
                pillow_format, _ = RENDITION_FORMATS[name]
                image = resized
                if pillow_format == "JPEG" and image.mode == "RGBA":  # no transparency in JPEG: on white
                    image = Image.new("RGB", resized.size, "white")
                    image.paste(resized, mask=resized.getchannel("A"))
                buffer = io.BytesIO()
                image.save(buffer, format=pillow_format, quality=RENDITION_QUALITY)
                stored = rendition_name(field_file.name, width, "jpg" if name == "jpeg" else name, variant)
                if storage.exists(stored):
                    storage.delete(stored)
                renditions[name][str(width)] = storage.save(stored, ContentFile(buffer.getvalue()))
        return renditions, original.size


def make_renditions(field_file):
    """A cover's WebP renditions: {width: storage name}."""
    if not field_file:
        return {}
    return write_renditions(field_file)[0]["webp"]


def srcset(storage, renditions):
    """The `srcset` attribute value for stored renditions, narrowest first."""
    return ", ".join(
        f"{storage.url(name)} {width}w" for width, name in sorted(renditions.items(), key=lambda i: int(i[0]))
    )
