String payload = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n";
// The Content-Type header below is sent as given, instead of the entity's own type (with "; charset=UTF-8").
HttpEntity entity = new StringEntity(payload, StandardCharsets.UTF_8);

ClassicHttpRequest request = ClassicRequestBuilder.put("https://api.example.com/notes/1")
        .addHeader("Content-Type", "text/plain; charset=utf-8")
        .setEntity(entity)
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
