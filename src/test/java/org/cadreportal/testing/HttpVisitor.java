package org.cadreportal.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser keeps between requests, over raw HTTP: its cookies. Redirects are looked at, not followed.
 * Optionally from another loopback address (127.0.0.2 …), to be a second client machine.
 */
public final class HttpVisitor {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public HttpVisitor(String baseUrl) {
        this(baseUrl, null);
    }

    public HttpVisitor(String baseUrl, String fromAddress) {
        this.baseUrl = baseUrl;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (fromAddress != null) {
            try {
                builder.localAddress(InetAddress.getByName(fromAddress));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        this.client = builder.build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The login form's own POST: the vaadin-login-form submits username and password to /login. */
    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        return post("login", form, Map.of());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Whether the last sign-in succeeded: Spring sends a failure back to the login page with ?error. */
    public static boolean signedIn(HttpResponse<String> login) {
        return login.statusCode() == 302 && !login.headers().firstValue("Location").orElse("").contains("error");
    }
}
