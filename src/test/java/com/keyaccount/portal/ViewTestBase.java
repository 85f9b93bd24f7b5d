package com.keyaccount.portal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;

/** Base of browserless view tests: the real Spring context and services, a Chinese UI, no browser. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestConfig.class)
@TestExecutionListeners(listeners = ViewTestBase.OwnSecurityContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ViewTestBase extends SpringBrowserlessTest {

    @BeforeEach
    void chineseUi() {
        VaadinSession.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        // the environment already opened the root view in the default language: build it again in Chinese
        UI.getCurrent().refreshCurrentRoute(true);
    }

    protected List<String> notificationTexts() {
        return find(Notification.class).all().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    /**
     * Vaadin installs its context's security strategy globally. When a test class with other beans has started a
     * second cached context, the global one belongs to that context and would not see this test's signed-in user:
     * put this context's back before the browserless environment is set up.
     */
    static class OwnSecurityContext implements TestExecutionListener, Ordered {

        @Override
        public void beforeTestMethod(TestContext testContext) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }

        @Override
        public int getOrder() {
            return 0;
        }
    }
}
