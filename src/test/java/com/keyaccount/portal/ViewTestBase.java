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
import org.springframework.test.context.ActiveProfiles;

/** Base of browserless view tests: the real Spring context and services, a Chinese UI, no browser. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestConfig.class)
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
}
