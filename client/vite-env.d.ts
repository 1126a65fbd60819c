/// <reference types="vite/client" />
// Vite client types (CSS imports, import.meta.env).
