List<NameValuePair> form = List.of(
        new BasicNameValuePair("grant_type", "client_credentials"));
// The Content-Type header below is sent as given, instead of the entity's own type (with "; charset=UTF-8").
HttpEntity entity = new UrlEncodedFormEntity(form, StandardCharsets.UTF_8);
String credentials = "{clientId}" + ":" + "{clientSecret}";
String basicAuth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));

ClassicHttpRequest request = ClassicRequestBuilder.post("https://{yourDomain}/oauth/token")
        .addHeader("Content-Type", "application/x-www-form-urlencoded")
        .addHeader("Authorization", basicAuth)
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
