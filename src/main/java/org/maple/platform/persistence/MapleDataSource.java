package org.maple.platform.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The one data source class MAPLE declares, so that switching database needs only
 * {@code MAPLE_DB_URL} (and user/password), never a class name or a rebuild. It routes to H2's or
 * PostgreSQL's own DataSource by the URL. The URL {@code embedded} (the default) means an H2
 * database in a file under the data directory ({@code MAPLE_DATA_DIR}, default {@code ./data}).
 */
public class MapleDataSource implements DataSource {

    static final String EMBEDDED = "embedded";

    private String url = EMBEDDED;
    private String user = "";
    private String password = "";
    private String dataDir = "./data";
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = unresolved(url) ? EMBEDDED : url.strip();
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = unresolved(user) ? "" : user;
    }

    public void setPassword(String password) {
        this.password = unresolved(password) ? "" : password;
    }

    public void setDataDir(String dataDir) {
        if (!unresolved(dataDir)) {
            this.dataDir = dataDir.strip();
        } else {
            String env = System.getProperty("maple.data.dir", System.getenv("MAPLE_DATA_DIR"));
            if (!unresolved(env)) {
                this.dataDir = env.strip();
            }
        }
    }

    /** Empty, or a configuration expression the server left unresolved. */
    private static boolean unresolved(String value) {
        return value == null || value.isBlank() || value.startsWith("${");
    }

    /** The JDBC URL actually used: {@code embedded} becomes an H2 file URL. */
    public static String effectiveUrl(String url, String dataDir) {
        if (url == null || url.isBlank() || EMBEDDED.equals(url.strip())) {
            Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve("maple");
            // WRITE_DELAY=0: every commit reaches the file at once (H2's default waits up to 0.5 s, so a
            // killed process lost the last answers a learner saved; RestartResumeIT proves it no longer does)
            return "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        }
        return url.strip();
    }

    private DataSource delegate() throws SQLException {
        DataSource d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = create();
                    delegate = d;
                }
            }
        }
        return d;
    }

    private DataSource create() throws SQLException {
        String jdbc = effectiveUrl(url, dataDir);
        try {
            if (jdbc.startsWith("jdbc:h2:")) {
                DataSource h2 = (DataSource) load("org.h2.jdbcx.JdbcDataSource").getDeclaredConstructor().newInstance();
                h2.getClass().getMethod("setURL", String.class).invoke(h2, jdbc);
                h2.getClass().getMethod("setUser", String.class).invoke(h2, user.isEmpty() ? "sa" : user);
                h2.getClass().getMethod("setPassword", String.class).invoke(h2, password);
                return h2;
            }
            if (jdbc.startsWith("jdbc:postgresql:")) {
                org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
                pg.setURL(jdbc);
                if (!user.isEmpty()) {
                    pg.setUser(user);
                }
                if (!password.isEmpty()) {
                    pg.setPassword(password);
                }
                return pg;
            }
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Cannot create the data source for " + redact(jdbc), e);
        }
        throw new SQLException("Unsupported database URL " + redact(jdbc)
                + ": MAPLE_DB_URL must start with jdbc:postgresql: or jdbc:h2:, or be 'embedded'");
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(name, true, tccl != null ? tccl : MapleDataSource.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Class.forName(name, true, MapleDataSource.class.getClassLoader());
        }
    }

    private static String redact(String jdbc) {
        return jdbc.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
