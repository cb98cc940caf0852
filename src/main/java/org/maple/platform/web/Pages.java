package org.maple.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.maple.platform.error.ItemNotFoundException;
import org.maple.platform.error.MapleException;

/** Small helpers for Faces views: messages, redirects, turning service failures into words. */
public final class Pages {

    private Pages() {
    }

    /** A request parameter of the current page, or null. */
    public static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Shows a service failure as a message; rethrows what is not the user's to fix. */
    public static void error(RuntimeException e) {
        Throwable t = e;
        while (t instanceof EJBException && !(t instanceof EJBAccessException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof MapleException m) {
            error(null, m.getMessage());
        } else if (t instanceof EJBAccessException) {
            error(null, "You do not have permission for this.");
        } else {
            throw e;
        }
    }

    /** Answers 404 with the friendly page when a page parameter names nothing. */
    public static void notFound(RuntimeException e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (!(t instanceof ItemNotFoundException)) {
            throw e;
        }
        try {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, t.getMessage());
            fc.responseComplete();
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** Redirects to a page in this application (path starting with '/'). */
    public static void redirect(String path) {
        try {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.getFlash().setKeepMessages(true);
            ec.redirect(ec.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
