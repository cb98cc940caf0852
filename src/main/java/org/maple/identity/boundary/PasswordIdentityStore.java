package org.maple.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** MAPLE's identity store: e-mail and password against PBKDF2 hashes, with login throttling. */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {

    @Inject
    LoginAttempts attempts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        if (email == null || email.isBlank() || email.length() > 254) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        LoginAttempts.Outcome outcome = attempts.attempt(email, credential.getPassword().getValue());
        return outcome.valid()
                ? new CredentialValidationResult(outcome.email(), outcome.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
