package io.zmqrpc.example.it.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls with bounded waits, so that a hung server fails a test instead of hanging it. */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Http() {
    }

    /**
     * {@code GET}, accepting JSON.
     *
     * @param uri the URI
     * @return the response with its body as text
     * @throws IOException on a transport failure
     * @throws InterruptedException when interrupted
     */
    public static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(request(uri).GET().build());
    }

    /**
     * {@code POST} of a JSON body.
     *
     * @param uri the URI
     * @param json the body
     * @return the response with its body as text
     * @throws IOException on a transport failure
     * @throws InterruptedException when interrupted
     */
    public static HttpResponse<String> postJson(URI uri, String json) throws IOException, InterruptedException {
        return send(request(uri).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /**
     * {@code POST} without a body.
     *
     * @param uri the URI
     * @return the response with its body as text
     * @throws IOException on a transport failure
     * @throws InterruptedException when interrupted
     */
    public static HttpResponse<String> post(URI uri) throws IOException, InterruptedException {
        return send(request(uri).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
