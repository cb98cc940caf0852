package org.maple.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests (before any server starts) when Debian's Chromium and ChromeDriver are not
 * installed, saying how to install them. CI installs them and fails if a browser test was skipped.
 */
public class BrowserAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getProperty("maple.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("maple.chromedriver", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
        }
        return ConditionEvaluationResult.disabled("Browser test skipped: Chromium/ChromeDriver not installed. "
                + "Install them with: sudo apt-get install -y chromium chromium-driver");
    }
}
