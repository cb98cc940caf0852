package org.maple.quiz.control;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.maple.quiz.entity.BankVersion;
import org.maple.quiz.entity.QuestionBank;

/**
 * Parsed question banks by bank version id. Bank versions are immutable, so each node may keep its
 * own copy forever (no cluster coordination needed); only a stored version that passed the loader's
 * checks is ever parsed here.
 */
@ApplicationScoped
public class BankCache {

    private final Map<Long, QuestionBank> banks = new ConcurrentHashMap<>();

    public QuestionBank bank(BankVersion version) {
        return banks.computeIfAbsent(version.getId(), id -> BankParser
                .parse(version.getFileName(), version.getSource().getBytes(StandardCharsets.UTF_8), version.getCourseCode())
                .bank().orElseThrow(() -> new IllegalStateException("stored bank " + id + " does not parse")));
    }
}
