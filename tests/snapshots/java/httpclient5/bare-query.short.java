ClassicHttpRequest request = ClassicRequestBuilder.delete("https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose")
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
