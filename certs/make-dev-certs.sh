#!/usr/bin/env bash
# Makes development certificates and keys for Claimgate: a development CA, a TLS server certificate for
# the gateway (localhost / 127.0.0.1), and AS2 signing/encryption certificates for the gateway and for a
# test payer. Everything goes to ./dev (or the folder given as $1), which git ignores: these keys are
# for a developer's machine and tests only, never for production.
#
#   certs/make-dev-certs.sh [OUT_DIR]
set -euo pipefail
out="${1:-$(cd "$(dirname "$0")" && pwd)/dev}"
days=825
mkdir -p "$out"
cd "$out"

command -v openssl >/dev/null || { echo "openssl is required" >&2; exit 1; }

# Development CA.
openssl req -x509 -newkey rsa:3072 -sha256 -days "$days" -nodes \
  -subj "/CN=Claimgate Development CA/O=Claimgate dev" \
  -keyout dev-ca.key -out dev-ca.crt \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null

issue() { # name subject extensions
  local name="$1" subject="$2" ext="$3"
  openssl req -newkey rsa:3072 -sha256 -nodes -subj "$subject" -keyout "$name.key" -out "$name.csr" 2>/dev/null
  printf '%s\n' "$ext" > "$name.ext"
  openssl x509 -req -in "$name.csr" -CA dev-ca.crt -CAkey dev-ca.key -CAcreateserial -days "$days" -sha256 \
    -extfile "$name.ext" -out "$name.crt" 2>/dev/null
  rm -f "$name.csr" "$name.ext"
  # PKCS#8 key (what Netty's SslContextBuilder and BouncyCastle read) and a PKCS#12 bundle.
  openssl pkcs8 -topk8 -nocrypt -in "$name.key" -out "$name.pk8.pem"
  openssl pkcs12 -export -inkey "$name.key" -in "$name.crt" -certfile dev-ca.crt -name "$name" \
    -passout pass:changeit -out "$name.p12"
}

issue gateway-tls "/CN=localhost/O=Claimgate dev" \
  "subjectAltName=DNS:localhost,IP:127.0.0.1
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth"

issue gateway-as2 "/CN=CLAIMGATE AS2/O=Claimgate dev" \
  "keyUsage=critical,digitalSignature,keyEncipherment,dataEncipherment
extendedKeyUsage=emailProtection"

issue payer-as2 "/CN=TEST PAYER AS2/O=Claimgate dev" \
  "keyUsage=critical,digitalSignature,keyEncipherment,dataEncipherment
extendedKeyUsage=emailProtection"

chmod 600 ./*.key ./*.pk8.pem ./*.p12
echo "development certificates written to $out (PKCS#12 password: changeit)"
ls -1 "$out"
