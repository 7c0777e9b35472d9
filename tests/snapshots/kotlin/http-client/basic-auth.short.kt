val form = listOf(
    "grant_type" to "client_credentials"
)
val payload = form.joinToString("&") { (name, value) ->
    URLEncoder.encode(name, Charsets.UTF_8) + "=" + URLEncoder.encode(value, Charsets.UTF_8)
}
val credentials = "{clientId}" + ":" + "{clientSecret}"
val basicAuth = "Basic " + Base64.getEncoder().encodeToString(credentials.toByteArray())

val client = HttpClient.newHttpClient()
val request = HttpRequest.newBuilder()
    .uri(URI.create("https://{yourDomain}/oauth/token"))
    .header("Content-Type", "application/x-www-form-urlencoded")
    .header("Authorization", basicAuth)
    .POST(HttpRequest.BodyPublishers.ofString(payload))
    .build()

val response = client.send(request, HttpResponse.BodyHandlers.ofString())
println(response.statusCode())
println(response.body())
