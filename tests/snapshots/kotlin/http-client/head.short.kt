val client = HttpClient.newHttpClient()
val request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/items/42"))
    .method("HEAD", HttpRequest.BodyPublishers.noBody())
    .build()

val response = client.send(request, HttpResponse.BodyHandlers.ofString())
println(response.statusCode())
println(response.body())
