package org.maple.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * What lives in the HTTP session must replicate to the other instances of a cluster: session- and
 * view-scoped beans are Serializable, their state is, and injected services are not {@code transient}
 * (a transient injected field is null after the session moves to another instance). The sign-in
 * that MAPLE keeps in the session round-trips through serialization.
 */
class SessionStateTest {

    static final Set<Class<?>> SESSION_SCOPES = Set.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);

    static List<Class<?>> sessionBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maple")) {
            if (SESSION_SCOPES.stream().anyMatch(a -> c.isAnnotatedWith(a.getName()))) {
                beans.add(c.reflect());
            }
        }
        return beans;
    }

    @Test
    void session_and_view_scoped_beans_are_serializable_with_serializable_state() {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.isEmpty(), "there are view-scoped beans (StaffAdminView)");
        for (Class<?> bean : beans) {
            assertTrue(Serializable.class.isAssignableFrom(bean), bean + " is in the session: it must be Serializable");
            for (Field f : bean.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m)) {
                    continue;
                }
                if (f.isAnnotationPresent(Inject.class)) {
                    assertFalse(Modifier.isTransient(m), bean.getSimpleName() + "." + f.getName()
                            + ": an injected field must not be transient (it would be null on another instance)");
                    continue;
                }
                if (Modifier.isTransient(m)) {
                    continue;
                }
                Class<?> t = f.getType();
                assertTrue(t.isPrimitive() || Serializable.class.isAssignableFrom(t)
                                || List.of(Collection.class, List.class, Set.class, Map.class).contains(t),
                        bean.getSimpleName() + "." + f.getName() + " (" + t.getName() + ") is not Serializable");
            }
        }
    }

    @Test
    void the_sign_in_kept_in_the_session_round_trips() throws Exception {
        Class<?> type = Class.forName("org.maple.platform.security.ReplicatedFormAuthentication$SignedIn");
        Constructor<?> c = type.getDeclaredConstructors()[0];
        c.setAccessible(true);
        Object signedIn = c.newInstance("learner@maple.test", Set.of("learner", "manager"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(signedIn);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(signedIn, in.readObject());
        }
    }
}
