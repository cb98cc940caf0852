package org.maple.certificate.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A key pair MAPLE signs Open Badges credentials with, as JWK JSON. Created once, on the first
 * start of the first node; every node reads the same row. The public part is published (JWKS);
 * old keys stay (inactive) so credentials they signed still verify.
 */
@Entity
@Table(name = "signing_key")
@NamedQuery(name = "SigningKey.all", query = "select k from SigningKey k order by k.createdAt")
public class SigningKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 60)
    private String kid;

    @Column(nullable = false, length = 10)
    private String algorithm;

    @Column(name = "private_jwk", nullable = false, length = 10000)
    private String privateJwk;

    @Column(name = "public_jwk", nullable = false, length = 5000)
    private String publicJwk;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false)
    private boolean active;

    protected SigningKey() {
    }

    public SigningKey(String kid, String algorithm, String privateJwk, String publicJwk, LocalDateTime createdAt) {
        this.kid = kid;
        this.algorithm = algorithm;
        this.privateJwk = privateJwk;
        this.publicJwk = publicJwk;
        this.createdAt = createdAt;
        this.active = true;
    }

    public String getKid() {
        return kid;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getPrivateJwk() {
        return privateJwk;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }
}
