# Development JWTs signed with the committed development key (deploy/local/dev-keys: not secret, never for production).
DEV_ISSUER=petition-suite-dev
DEV_PRIVATE_KEY=$LOCAL_DIR/dev-keys/DEVELOPMENT-ONLY-private-key.pem
DEV_PUBLIC_KEY=$LOCAL_DIR/dev-keys/DEVELOPMENT-ONLY-public-key.pem
ROLES="registrar handler supervisor analyst integrator admin"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# dev_token ROLE REGION [SOURCE_SYSTEM | ORGAN]: an RS256 token valid for 8 hours. The third argument is the
# source_system claim of an integrator, or the organ claim of a handler (the organ whose petitions it acts on).
dev_token() {
  local role=$1 region=$2 third=${3:-} now header payload signature claim=""
  case " $ROLES " in *" $role "*) ;; *) die "role must be one of: $ROLES" ;; esac
  [[ $region =~ ^([0-9]{6}|[0-9]{12})$ ]] || die "region must be a 6- or 12-digit administrative division code, e.g. 330102"
  if [ -n "$third" ]; then
    if [ "$role" = handler ]; then claim=$(printf '"organ":"%s",' "$third"); else claim=$(printf '"source_system":"%s",' "$third"); fi
  fi
  now=$(date +%s)
  header='{"alg":"RS256","typ":"JWT"}'
  payload=$(printf '{"iss":"%s","aud":"petition-suite","sub":"dev-%s-%s","upn":"dev-%s-%s","groups":["%s"],"region":"%s",%s"iat":%d,"exp":%d}' \
    "$DEV_ISSUER" "$role" "$region" "$role" "$region" "$role" "$region" \
    "$claim" "$now" $((now + 8 * 3600)))
  header=$(printf '%s' "$header" | b64url)
  payload=$(printf '%s' "$payload" | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$DEV_PRIVATE_KEY" | b64url)
  printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}
