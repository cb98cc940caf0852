package org.maple.certificate.control;

import java.util.Date;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Sends e-mail through the SMTP server in the configuration (Jakarta Mail); does nothing without one. */
@ApplicationScoped
public class ReminderMailer {

    @Inject
    CertificateConfig config;

    /** Whether an SMTP server is configured. */
    public boolean enabled() {
        return config.mailHost().isPresent();
    }

    /** Sends one plain-text message; throws when the server refuses it. */
    public void send(String to, String subject, String text) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", config.mailHost().orElseThrow());
        p.put("mail.smtp.port", Integer.toString(config.mailPort()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        if (config.mailStartTls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        Authenticator auth = null;
        if (config.mailUser().isPresent()) {
            p.put("mail.smtp.auth", "true");
            String user = config.mailUser().get();
            String password = config.mailPassword().orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        Session session = Session.getInstance(p, auth);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(config.mailFrom()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.setSentDate(new Date());
        Transport.send(m);
    }
}
