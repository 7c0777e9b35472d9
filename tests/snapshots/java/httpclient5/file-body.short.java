// No type of its own: the Content-Type header below is sent as given.
HttpEntity entity = new FileEntity(new File("{payloadPath}"), null);

ClassicHttpRequest request = ClassicRequestBuilder.put("https://api.example.com/v1/blobs/42")
        .addHeader("Content-Type", "application/octet-stream")
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
