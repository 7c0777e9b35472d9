ClassicHttpRequest request = ClassicRequestBuilder.get("https://{apiHost}/v1/me")
        .addHeader("Authorization", "Bearer {token}")
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
