val form = listOf(
    "scope" to "read",
    "scope" to "write & delete",
    "note" to "a+b=c 100% 'q' \"dq\" \\ \$x #{y} é 😀\nnew line"
)
val payload = form.joinToString("&") { (name, value) ->
    URLEncoder.encode(name, Charsets.UTF_8) + "=" + URLEncoder.encode(value, Charsets.UTF_8)
}

val client = HttpClient.newHttpClient()
val request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/form"))
    .header("Content-Type", "application/x-www-form-urlencoded")
    .POST(HttpRequest.BodyPublishers.ofString(payload))
    .build()

val response = client.send(request, HttpResponse.BodyHandlers.ofString())
println(response.statusCode())
println(response.body())
