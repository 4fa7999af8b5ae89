# shellcheck shell=bash
# Install Debian's tesseract-ocr and its Danish model when missing (source this file).
# Without them the OCR test skips; with SOCDOC_REQUIRE_OCR=1 under CI=true it fails instead.
socdoc_ocr_setup() {
    if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx dan; then
        export SOCDOC_REQUIRE_OCR=1
        return 0
    fi
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-dan >/dev/null \
            && export SOCDOC_REQUIRE_OCR=1 && return 0
    fi
    echo "ocr.sh: tesseract with Danish is not available; the OCR test will skip" >&2
}
socdoc_ocr_setup || true
