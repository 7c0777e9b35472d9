val payload = "Dear \"user\",\nit's \$5 for #{item} `now`.\r\n\tC:\\path 😀\n"

val client = HttpClient.newHttpClient()
val request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/notes/1"))
    .header("Content-Type", "text/plain; charset=utf-8")
    .PUT(HttpRequest.BodyPublishers.ofString(payload))
    .build()

val response = client.send(request, HttpResponse.BodyHandlers.ofString())
println(response.statusCode())
println(response.body())
