import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val payload = """
        |{
        |  "id": 9007199254740993,
        |  "ratio": 2.0,
        |  "__proto__": "kept"
        |}
        """.trimMargin()
    // Bytes, not a String: OkHttp would add "; charset=utf-8" to the content type.
    val body = RequestBody.create(MediaType.get("application/json"), payload.toByteArray())

    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://api.example.com/ids")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
