package com.keyaccount.portal.printing.ui;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Requests a download link of the current session as the browser would, without a browser: the handler registered
 * for the link's URL runs with the signed-in user, and the test reads status, headers and body.
 */
final class Downloads {

    private Downloads() {
    }

    record Fetched(int status, Map<String, String> headers, byte[] body) {
    }

    static Fetched fetch(String href) {
        VaadinSession session = VaadinSession.getCurrent();
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(href)).orElseThrow();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> headers = new HashMap<>();
        int[] status = {200};
        VaadinResponse response = mock(VaadinResponse.class);
        try {
            when(response.getOutputStream()).thenReturn(body);
            doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
                    .setHeader(anyString(), anyString());
            doAnswer(call -> headers.put("Content-Type", call.getArgument(0))).when(response)
                    .setContentType(anyString());
            doAnswer(call -> status[0] = call.getArgument(0)).when(response).setStatus(anyInt());
            resource.getElementRequestHandler().handleRequest(mock(VaadinRequest.class), response, session,
                    resource.getOwner());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fetched(status[0], headers, body.toByteArray());
    }
}
