import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

fun main() {
    val form = listOf(
        "grant_type" to "client_credentials",
        "client_id" to "{yourClientId}",
        "client_secret" to "{yourClientSecret}",
        "audience" to "YOUR_API_IDENTIFIER"
    )
    val payload = form.joinToString("&") { (name, value) ->
        URLEncoder.encode(name, Charsets.UTF_8) + "=" + URLEncoder.encode(value, Charsets.UTF_8)
    }

    val client = HttpClient.newHttpClient()
    val request = HttpRequest.newBuilder()
        .uri(URI.create("https://{yourDomain}/oauth/token"))
        .header("content-type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(payload))
        .build()

    val response = client.send(request, HttpResponse.BodyHandlers.ofString())
    println(response.statusCode())
    println(response.body())
}
