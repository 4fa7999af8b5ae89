# shellcheck shell=bash
# Make a headless browser available to the browser tests of `socdoc show` / `socdoc report`.
#
# Source this file (`source .ci/browser.sh`). It
#   - installs Debian's `chromium` and `chromium-driver` with apt-get when either is missing
#     (running `apt-get update` first; needs root),
#   - exports SOCDOC_CHROMIUM=/usr/bin/chromium and SOCDOC_CHROMEDRIVER=/usr/bin/chromedriver.
# The tests skip without a browser, except under CI=true, where they fail.

socdoc_browser_setup() {
    local chromium=/usr/bin/chromium driver=/usr/bin/chromedriver
    if [ ! -x "$chromium" ] || [ ! -x "$driver" ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "browser.sh: chromium/chromedriver missing and not root to install them" >&2
            return 1
        fi
        echo "browser.sh: installing Debian's chromium and chromium-driver" >&2
        apt-get update -qq \
            && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
                chromium chromium-driver >/dev/null \
            || return 1
    fi
    export SOCDOC_CHROMIUM="$chromium" SOCDOC_CHROMEDRIVER="$driver"
    echo "browser.sh: $("$driver" --version 2>/dev/null | cut -d' ' -f1-2)" >&2
}

socdoc_browser_setup || echo "browser.sh: no headless browser; the browser tests will skip (or fail under CI=true)" >&2
