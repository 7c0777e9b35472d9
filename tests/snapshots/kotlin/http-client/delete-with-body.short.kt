val payload = """
    |{
    |  "ids": [
    |    1,
    |    2,
    |    3
    |  ]
    |}
    """.trimMargin()

val client = HttpClient.newHttpClient()
val request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/items"))
    .header("Content-Type", "application/json")
    .method("DELETE", HttpRequest.BodyPublishers.ofString(payload))
    .build()

val response = client.send(request, HttpResponse.BodyHandlers.ofString())
println(response.statusCode())
println(response.body())
