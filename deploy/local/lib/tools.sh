# Installs what the suite needs on a fresh Debian machine (java 17, maven, openssl, curl, PostgreSQL binaries; Node.js
# and npm to bundle the dashboard; Chromium and its driver for the dashboard's browser test; docker-compose, only to
# validate deploy/compose in the manifests' test, since no Docker engine runs here).
have() { command -v "$1" >/dev/null 2>&1; }

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

ensure_tools() {
  local missing=()
  { have java && [ "$(java_major)" -ge 17 ]; } || missing+=(openjdk-17-jdk-headless)
  have mvn || missing+=(maven)
  have openssl || missing+=(openssl)
  have curl || missing+=(curl)
  { have pg_isready && postgres_bin_dir >/dev/null; } || missing+=(postgresql postgresql-client)
  { have node && have npm; } || missing+=(nodejs npm)
  have chromium || missing+=(chromium)
  have chromedriver || missing+=(chromium-driver)
  have docker-compose || missing+=(docker-compose)
  # CJK glyphs, so the dashboard's Chinese labels render in Chromium (and in its test's screenshot).
  { have fc-list && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; } || missing+=(fonts-noto-cjk)
  # The TrueType fonts intake embeds in its PDF documents (petition.documents.fonts; Noto CJK's CFF outlines cannot be subset):
  # AR PL UMing for Chinese text, HanaMin A/B for the rarer characters of GB 18030 (𠮷 in a name).
  [ -r /usr/share/fonts/truetype/arphic/uming.ttc ] || missing+=(fonts-arphic-uming)
  [ -r /usr/share/fonts/truetype/hanazono/HanaMinB.ttf ] || missing+=(fonts-hanazono)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && have apt-get; then
    log "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    die "missing tools: ${missing[*]} (install them, or run as root on Debian to install them automatically)"
  fi
}
