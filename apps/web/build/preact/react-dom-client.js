// `react-dom/client` (createRoot), from Preact's compatibility layer.
export * from 'preact/compat/client';
