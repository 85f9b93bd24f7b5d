package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Plain HTTP against the running server: nothing but the login page and health is open to anonymous callers. */
class WebSecurityIT extends AbstractIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin/employees", "/admin/departments", "/admin/audit", "/account/password"})
    void anonymousRequestsForViewsGoToTheLogin(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theLoginPageIsOpen() throws IOException, InterruptedException {
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsOpenForProbes() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
