package org.maple.certificate.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The rendered PDF of a certificate, kept so downloads and bulk ZIPs stream stored bytes. Written once. */
@Entity
@Table(name = "certificate_document")
public class CertificateDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "rendered_at", nullable = false)
    private LocalDateTime renderedAt;

    protected CertificateDocument() {
    }

    public CertificateDocument(long certificateId, byte[] pdf, LocalDateTime renderedAt) {
        this.certificateId = certificateId;
        this.pdf = pdf.clone();
        this.renderedAt = renderedAt;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }

    public LocalDateTime getRenderedAt() {
        return renderedAt;
    }
}
