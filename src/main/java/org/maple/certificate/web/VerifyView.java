package org.maple.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.maple.certificate.boundary.CertificateRecords.Verification;
import org.maple.certificate.boundary.VerificationService;
import org.maple.certificate.control.VerifyRateLimiter;

/** The public verification page: enter a code, see the certificate and its status. No sign-in. */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    VerificationService verification;

    @Inject
    VerifyRateLimiter limiter;

    private String code;
    private Verification result;
    private boolean throttled;

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        HttpServletRequest req = (HttpServletRequest) fc.getExternalContext().getRequest();
        HttpServletResponse res = (HttpServletResponse) fc.getExternalContext().getResponse();
        if (!limiter.tryAcquire(limiter.clientOf(req.getRemoteAddr(), req.getHeaders("X-Forwarded-For")))) {
            throttled = true;
            res.setStatus(429);
            res.setHeader("Retry-After", Integer.toString(limiter.retryAfterSeconds()));
            return;
        }
        result = verification.verify(code);
        if (!result.found()) {
            res.setStatus(404);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Verification getResult() {
        return result;
    }

    public boolean isThrottled() {
        return throttled;
    }
}
