String payload = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n";

HttpClient client = HttpClient.newHttpClient();
HttpRequest request = HttpRequest.newBuilder()
        .uri(URI.create("https://api.example.com/notes/1"))
        .header("Content-Type", "text/plain; charset=utf-8")
        .PUT(HttpRequest.BodyPublishers.ofString(payload))
        .build();

HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.statusCode());
System.out.println(response.body());
