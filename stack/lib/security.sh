# shellcheck shell=bash
# TLS material and the SASL user of the secured listeners (SASL_SSL with SCRAM-SHA-512 or PLAIN, and mTLS).
# Sourced by stack/tidewatch-stack after lib/common.sh. Everything is made anew by every fresh `up`
# (with the cluster id) under $RUN/security, readable by the user only:
#   ca.pem ca.key                      the run's own CA (the brokers' truststore is ca.pem, type PEM)
#   broker.p12 broker.pem              the brokers' key and certificate (SAN IP:127.0.0.1, DNS:localhost)
#   client.pem client.key              a client certificate for the mTLS listener (CN=tidewatch-client)
#   scram-user scram-password          the SASL user: a SCRAM-SHA-512 credential created at format time, and
#                                      the same user and password for PLAIN (in the listener's JAAS config)
#   sasl_ssl.properties mtls.properties librdkafka client properties (tidewatch --kafka-config FILE);
#                                      sasl_ssl.properties uses PLAIN: librdkafka before 2.6.1 (Debian 12 has
#                                      2.0.2) fails SCRAM against Kafka 4.x ("invalid credentials")
#   sasl_ssl-scram.properties          the same with SCRAM-SHA-512, for librdkafka 2.6.1 and later
#   endpoints.properties               plaintext=, sasl_ssl=, mtls= bootstrap lists
# The p12 password is in server.properties (a local test stack: nothing here is a real secret).

SECURITY_DIR="$RUN/security"
SCRAM_USER="tidewatch"

sasl_ssl_bootstrap() { local n out=(); for n in "${NODES[@]}"; do out+=("127.0.0.1:$(sasl_ssl_port "$n")"); done; (IFS=,; echo "${out[*]}"); }
mtls_bootstrap() { local n out=(); for n in "${NODES[@]}"; do out+=("127.0.0.1:$(mtls_port "$n")"); done; (IFS=,; echo "${out[*]}"); }

# make_cert NAME SUBJECT EXTENSIONS : a P-256 key and a certificate signed by the run's CA.
make_cert() {
    local name="$1" subject="$2" ext="$3" d="$SECURITY_DIR"
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$d/$name.key" \
        -subj "$subject" -out "$d/$name.csr" 2>/dev/null &&
        printf '%s\n' "$ext" >"$d/$name.ext" &&
        openssl x509 -req -in "$d/$name.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" -CAcreateserial \
            -days 365 -sha256 -extfile "$d/$name.ext" -out "$d/$name.pem" 2>/dev/null &&
        rm -f "$d/$name.csr" "$d/$name.ext"
}

# Writes a new CA, broker and client certificates, the SCRAM password and the client properties.
make_security() {
    command -v openssl >/dev/null || die "openssl is needed for the secured listeners (scripts/setup-deps.sh installs it)"
    local d="$SECURITY_DIR"
    rm -rf "$d"
    mkdir -p "$d"
    chmod 700 "$d"
    openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$d/ca.key" \
        -subj "/CN=tidewatch-stack CA $(date -u +%Y%m%dT%H%M%SZ)" -days 365 -sha256 \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
        -out "$d/ca.pem" 2>/dev/null || die "openssl could not create the stack's CA in $d"
    make_cert broker "/CN=localhost" "$(printf '%s\n' 'subjectAltName=IP:127.0.0.1,DNS:localhost' \
        'extendedKeyUsage=serverAuth,clientAuth' 'keyUsage=critical,digitalSignature,keyEncipherment')" ||
        die "openssl could not create the broker certificate"
    make_cert client "/CN=tidewatch-client" "$(printf '%s\n' 'extendedKeyUsage=clientAuth' \
        'keyUsage=critical,digitalSignature')" || die "openssl could not create the client certificate"
    openssl rand -hex 16 >"$d/keystore-password"
    openssl pkcs12 -export -name broker -inkey "$d/broker.key" -in "$d/broker.pem" -certfile "$d/ca.pem" \
        -passout "file:$d/keystore-password" -out "$d/broker.p12" || die "openssl could not write broker.p12"
    echo "$SCRAM_USER" >"$d/scram-user"
    openssl rand -hex 16 >"$d/scram-password"
    local mech file
    for mech in PLAIN SCRAM-SHA-512; do
        file="$d/sasl_ssl.properties"
        [[ "$mech" == PLAIN ]] || file="$d/sasl_ssl-scram.properties"
        cat >"$file" <<EOF
# librdkafka properties for the SASL_SSL listeners ($(sasl_ssl_bootstrap)): SASL $mech over TLS.
security.protocol=SASL_SSL
sasl.mechanisms=$mech
sasl.username=$SCRAM_USER
sasl.password=$(cat "$d/scram-password")
ssl.ca.location=$d/ca.pem
EOF
    done
    cat >"$d/mtls.properties" <<EOF
# librdkafka properties for the mTLS listeners ($(mtls_bootstrap)): TLS with a client certificate.
security.protocol=SSL
ssl.ca.location=$d/ca.pem
ssl.certificate.location=$d/client.pem
ssl.key.location=$d/client.key
EOF
    printf 'plaintext=%s\nsasl_ssl=%s\nmtls=%s\n' "$BOOTSTRAP" "$(sasl_ssl_bootstrap)" "$(mtls_bootstrap)" \
        >"$d/endpoints.properties"
    chmod 600 "$d"/*
}

# The server.properties lines of the secured listeners (appended by write_node_config).
security_config() {
    local d="$SECURITY_DIR" pw
    pw="$(cat "$d/keystore-password")"
    cat <<EOF

# secured listeners (lib/security.sh): SASL_SSL with SCRAM-SHA-512 or PLAIN (one user, one password),
# and MTLS (TLS, client certificate required). Brokers and controllers talk PLAINTEXT among themselves.
# No authorizer: any authenticated client may read everything.
sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_$SCRAM_USER="$(cat "$d/scram-password")";
ssl.keystore.type=PKCS12
ssl.keystore.location=$d/broker.p12
ssl.keystore.password=$pw
ssl.key.password=$pw
ssl.truststore.type=PEM
ssl.truststore.location=$d/ca.pem
listener.name.mtls.ssl.client.auth=required
EOF
}

# The StorageTool format arguments that create the SCRAM user.
scram_format_args() {
    echo "--add-scram"
    echo "SCRAM-SHA-512=[name=\"$SCRAM_USER\",password=\"$(cat "$SECURITY_DIR/scram-password")\"]"
}
