package com.keyaccount.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Plain HTTP through the running server: behind a reverse proxy the audit log names the client from
 * X-Forwarded-For, not the proxy, for failed and successful sign-ins and for the sign-out.
 */
class ForwardedAddressIT extends AbstractIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demo;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    @Test
    void aLoginThroughAProxyRecordsTheForwardedClientAddress() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(uri("/login")).GET());

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "203.0.113.7")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody-behind-proxy&password=wrong")));

        assertThat(response.statusCode()).isEqualTo(302);
        List<AuditEntry> rows = demo.as(DemoUsers.ADMIN, () -> audit.find(
                new AuditFilter("nobody-behind-proxy", AuditActions.LOGIN_FAILURE, null, null),
                PageRequest.of(0, 10, Sort.by("id").descending())));
        assertThat(rows).singleElement().satisfies(entry -> {
            assertThat(entry.remoteAddress()).isEqualTo("203.0.113.7");
            assertThat(entry.detail().key()).isEqualTo("audit.detail.loginFailure.badCredentials");
        });
    }

    @Test
    void aSignInAndSignOutOverHttpAreAuditedWithTheClientAddress() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(uri("/login")).GET());
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "198.51.100.23")
                .POST(HttpRequest.BodyPublishers.ofString("username=sunli&password=" + DemoUsers.PASSWORD)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));

        // the portal's page carries the session's CSRF token, as the browser's logout request sends it
        String page = send(HttpRequest.newBuilder(uri("/")).GET()).body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        Matcher header = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find() && header.find()).isTrue();
        HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/logout"))
                .header("X-Forwarded-For", "198.51.100.23")
                .header(header.group(1), token.group(1))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(302);

        assertThat(rows("sunli", AuditActions.LOGIN_SUCCESS)).first()
                .satisfies(entry -> assertThat(entry.remoteAddress()).isEqualTo("198.51.100.23"));
        assertThat(rows("sunli", AuditActions.LOGOUT)).singleElement()
                .satisfies(entry -> assertThat(entry.remoteAddress()).isEqualTo("198.51.100.23"));
    }

    private List<AuditEntry> rows(String actor, String action) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(actor, action, null, null),
                PageRequest.of(0, 10, Sort.by("id").descending())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
