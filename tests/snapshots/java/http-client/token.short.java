List<Map.Entry<String, String>> form = List.of(
        Map.entry("grant_type", "client_credentials"),
        Map.entry("client_id", "{yourClientId}"),
        Map.entry("client_secret", "{yourClientSecret}"),
        Map.entry("audience", "YOUR_API_IDENTIFIER"));
String payload = form.stream()
        .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
        .uri(URI.create("https://{yourDomain}/oauth/token"))
        .header("content-type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(payload))
        .build();

HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.statusCode());
System.out.println(response.body());
