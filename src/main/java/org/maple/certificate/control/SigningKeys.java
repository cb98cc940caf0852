package org.maple.certificate.control;

import java.text.ParseException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.maple.certificate.entity.SigningKey;
import org.maple.platform.persistence.ClusterLock;

/**
 * The Open Badges signing keys in the database. The first call on an empty table creates an RSA
 * 2048 key under the {@code certificate-key} cluster lock, so two nodes starting together still
 * make exactly one. Joins the caller's transaction.
 */
@Dependent
public class SigningKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClusterLock lock;

    @Inject
    Clock clock;

    /** The active key, created if there is none yet. */
    public RSAKey activeOrCreate() {
        Optional<RSAKey> active = active();
        if (active.isPresent()) {
            return active.get();
        }
        lock.acquire("certificate-key");
        return active().orElseGet(this::create);
    }

    public Optional<RSAKey> active() {
        return all().stream().filter(SigningKey::isActive).reduce((a, b) -> b).map(k -> parse(k.getPrivateJwk()));
    }

    /** The public key with this id, if MAPLE has (or had) it. */
    public Optional<RSAKey> publicKey(String kid) {
        return Optional.ofNullable(em.find(SigningKey.class, kid)).map(k -> parse(k.getPublicJwk()));
    }

    /** Every public key, for the JWKS document. */
    public JWKSet publicKeys() {
        return new JWKSet(all().stream().map(k -> (com.nimbusds.jose.jwk.JWK) parse(k.getPublicJwk())).toList());
    }

    private List<SigningKey> all() {
        return em.createNamedQuery("SigningKey.all", SigningKey.class).getResultList();
    }

    private RSAKey create() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("maple-" + UUID.randomUUID().toString().substring(0, 8))
                    .algorithm(JWSAlgorithm.RS256).keyUse(KeyUse.SIGNATURE).generate();
            em.persist(new SigningKey(key.getKeyID(), "RS256", key.toJSONString(), key.toPublicJWK().toJSONString(),
                    LocalDateTime.now(clock)));
            em.flush();
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot create the signing key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key cannot be read", e);
        }
    }
}
