// The JSX runtime compiled components import, from Preact's compatibility layer.
export * from 'preact/compat/jsx-runtime';
