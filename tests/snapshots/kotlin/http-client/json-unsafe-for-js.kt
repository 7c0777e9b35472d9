import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

fun main() {
    val payload = """
        |{
        |  "id": 9007199254740993,
        |  "ratio": 2.0,
        |  "__proto__": "kept"
        |}
        """.trimMargin()

    val client = HttpClient.newHttpClient()
    val request = HttpRequest.newBuilder()
        .uri(URI.create("https://api.example.com/ids"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(payload))
        .build()

    val response = client.send(request, HttpResponse.BodyHandlers.ofString())
    println(response.statusCode())
    println(response.body())
}
