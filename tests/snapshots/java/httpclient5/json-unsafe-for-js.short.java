String payload = """
        {
          "id": 9007199254740993,
          "ratio": 2.0,
          "__proto__": "kept"
        }""";
// The Content-Type header below is sent as given, instead of the entity's own type (with "; charset=UTF-8").
HttpEntity entity = new StringEntity(payload, StandardCharsets.UTF_8);

ClassicHttpRequest request = ClassicRequestBuilder.post("https://api.example.com/ids")
        .addHeader("Content-Type", "application/json")
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
