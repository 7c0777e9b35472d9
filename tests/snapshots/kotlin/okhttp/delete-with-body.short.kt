val payload = """
    |{
    |  "ids": [
    |    1,
    |    2,
    |    3
    |  ]
    |}
    """.trimMargin()
// Bytes, not a String: OkHttp would add "; charset=utf-8" to the content type.
val body = RequestBody.create(MediaType.get("application/json"), payload.toByteArray())

val client = OkHttpClient()
val request = Request.Builder()
    .url("https://api.example.com/items")
    .delete(body)
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
