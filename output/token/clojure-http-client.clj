(ns example
  (:require [clojure.string :as str])
  (:import (java.net URI URLEncoder)
           (java.net.http HttpClient HttpRequest HttpRequest$BodyPublishers HttpResponse$BodyHandlers)
           (java.nio.charset StandardCharsets)))

(def form [["grant_type" "client_credentials"]
           ["client_id" "{yourClientId}"]
           ["client_secret" "{yourClientSecret}"]
           ["audience" "YOUR_API_IDENTIFIER"]])

(def payload
  (str/join "&" (for [[^String name ^String value] form]
                  (str (URLEncoder/encode name StandardCharsets/UTF_8) "="
                       (URLEncoder/encode value StandardCharsets/UTF_8)))))

(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://{yourDomain}/oauth/token"))
                  (.header "content-type" "application/x-www-form-urlencoded")
                  (.POST (HttpRequest$BodyPublishers/ofString payload))
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
