val client = HttpClient.newHttpClient()
val request = HttpRequest.newBuilder()
    .uri(URI.create("http://cache.example.com:8080/page"))
    .method("PURGE", HttpRequest.BodyPublishers.noBody())
    .build()

val response = client.send(request, HttpResponse.BodyHandlers.ofString())
println(response.statusCode())
println(response.body())
