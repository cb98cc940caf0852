package org.maple.platform.security;

import java.io.Serializable;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Before login-to-continue decides that a protected page needs the sign-in page: a caller signed in
 * earlier in this session (on this node or any other of the cluster) is told to the container again,
 * with their groups. Runs where Jakarta Security's own {@code @AutoApplySession} would (priority
 * between it and login-to-continue); see {@link ReplicatedFormAuthentication}.
 */
@Interceptor
@SignedInFromSession.Binding
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 205)
public class SignedInFromSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Marks the authentication mechanism this interceptor applies to. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Binding {
    }

    @AroundInvoke
    public Object restore(InvocationContext invocation) throws Exception {
        Object[] args = invocation.getParameters();
        if ("validateRequest".equals(invocation.getMethod().getName()) && args.length == 3
                && args[0] instanceof HttpServletRequest request && args[2] instanceof HttpMessageContext context
                && !context.isAuthenticationRequest()) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(ReplicatedFormAuthentication.SIGNED_IN)
                    instanceof ReplicatedFormAuthentication.SignedIn who) {
                return context.notifyContainerAboutLogin(who.caller(), who.groups());
            }
        }
        return invocation.proceed();
    }
}
