import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.Base64

fun main() {
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
}
