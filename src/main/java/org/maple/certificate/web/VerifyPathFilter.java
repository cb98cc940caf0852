package org.maple.certificate.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pretty public verification addresses: {@code /verify} and {@code /verify/{code}} (the address in
 * QR codes) are served by the page {@code /verify.xhtml}. No sign-in is needed for any of them. (The
 * page is not in a {@code verify/} folder: the container would answer {@code /verify} with a
 * redirect to {@code /verify/} before any filter runs.)
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*"})
public class VerifyPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/verify.xhtml";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.endsWith(".xhtml") || path.contains("jakarta.faces.resource")) {
            chain.doFilter(req, res);
            return;
        }
        String rest = path.startsWith("/verify/") ? path.substring("/verify/".length()) : "";
        if (rest.isEmpty()) {
            req.getRequestDispatcher(PAGE).forward(req, res);
        } else if (rest.matches("[A-Za-z0-9-]{1,40}")) {
            req.getRequestDispatcher(PAGE + "?code=" + URLEncoder.encode(rest, StandardCharsets.UTF_8)).forward(req, res);
        } else {
            res.sendError(404);
        }
    }
}
