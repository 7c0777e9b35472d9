ClassicHttpRequest request = ClassicRequestBuilder.get("https://api.example.com/trace")
        .addHeader("accept", "application/json")
        .addHeader("x-trace", "one")
        .addHeader("X-Trace", "two, three")
        .addHeader("Cookie", "session={sessionId}; theme=dark")
        .build();

// createSystem(): the JVM's system properties apply (javax.net.ssl trust and key stores, proxies).
try (CloseableHttpClient client = HttpClients.createSystem()) {
    String text = client.execute(request, response -> {
        System.out.println(response.getCode());
        HttpEntity received = response.getEntity();
        return received == null ? "" : EntityUtils.toString(received, StandardCharsets.UTF_8);
    });
    System.out.println(text);
}
